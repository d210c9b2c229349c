// The manifest's FunctionFile. Its one ribbon button opens the task pane, which needs no code here;
// buttons that act without the pane will register their handlers with Office.actions.associate.
void Office.onReady(() => undefined);
