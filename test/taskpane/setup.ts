// jsdom has no layout, so offsetParent is always null and tabster (Fluent's focus manager) takes
// every element for display:none: a Dialog then finds nothing to focus, loses its modal state and
// hides itself with aria-hidden. A rendered element's offsetParent is its parent here.
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement) {
    return window.getComputedStyle(this).display === "none" ? null : this.parentElement;
  },
});
