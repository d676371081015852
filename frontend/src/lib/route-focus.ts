/**
 * Focus after a navigation: the layout moves it to the new page's h1. A page that is still loading shows a
 * placeholder h1 that is replaced when the data arrives; the focus would then fall back to <body>. While a
 * navigation's focus is pending (until the person presses a key or the pointer), a newly mounted h1 takes the focus
 * back if nothing else has it.
 */
let pending = false;

export function markNavigationFocus() {
  pending = true;
}

export function clearNavigationFocus() {
  pending = false;
}

export function shouldTakeFocus(): boolean {
  if (!pending) return false;
  const active = document.activeElement;
  return !active || active === document.body || active.id === 'main' || active.tagName === 'H1';
}
