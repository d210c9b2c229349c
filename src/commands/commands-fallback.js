// A classic script in ES5, copied as it is: the ribbon's function file (commands.js) is built for
// ES2020, which the web views of Excel 2019 (Internet Explorer, EdgeHTML) and older Safari cannot
// parse, and the manifest admits them (ExcelApi 1.8). There "Kiểm tra trang" would silently do
// nothing; this gives the button a handler that opens a short dialog saying why and what to use.
// String.prototype.replaceAll came after the ES2020 syntax commands.js uses (`?.`, `??`) in every
// engine, so where it exists commands.js runs and registers the real handler instead.
/* global Office */
(function () {
  if (typeof String.prototype.replaceAll === "function") return;

  function checkActiveSheet(event) {
    var url = window.location.href.replace(/[^/?#]*([?#].*)?$/, "command-unsupported.html");
    var ui = Office.context.ui;
    if (!ui || typeof ui.displayDialogAsync !== "function") {
      event.completed();
      return;
    }
    ui.displayDialogAsync(url, { height: 45, width: 35 }, function (result) {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        event.completed();
        return;
      }
      // Any event of the dialog (the clerk closed it) ends the command.
      result.value.addEventHandler(Office.EventType.DialogEventReceived, function () {
        event.completed();
      });
    });
  }

  Office.onReady(function () {
    Office.actions.associate("checkActiveSheet", checkActiveSheet);
  });
})();
