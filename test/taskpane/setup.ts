// jsdom has no layout: offsetParent is always null and the body measures 0×0, so tabster (Fluent's
// focus manager) takes every element for invisible. A Dialog then finds no button to focus, focuses
// its own surface before tabster has registered it as a modal, and tabster hides it with
// aria-hidden. In a browser the first button gets focus. Give jsdom just enough layout for that.
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement) {
    return window.getComputedStyle(this).display === "none" ? null : this.parentElement;
  },
});
document.body.getBoundingClientRect = () => new DOMRect(0, 0, 1024, 768);
