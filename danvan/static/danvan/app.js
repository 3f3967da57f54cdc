// The menu button of narrow screens: the menu folds only when this script runs (html.js), so without
// JavaScript it simply stays open.
document.documentElement.classList.add("js");
document.querySelectorAll(".menu-button").forEach(function (button) {
  button.addEventListener("click", function () {
    var open = button.closest(".topbar").classList.toggle("menu-open");
    button.setAttribute("aria-expanded", open ? "true" : "false");
  });
});

// After an in-place edit the server sends the plan's new version (HX-Trigger "planVersion"); every other
// form on the page takes it, so the next save is checked against the right version.
document.body.addEventListener("planVersion", function (event) {
  document.querySelectorAll('input[name="version"]').forEach(function (input) {
    input.value = event.detail.value;
  });
});
