// After an in-place edit the server sends the plan's new version (HX-Trigger "planVersion"); every other
// form on the page takes it, so the next save is checked against the right version.
document.body.addEventListener("planVersion", function (event) {
  document.querySelectorAll('input[name="version"]').forEach(function (input) {
    input.value = event.detail.value;
  });
});
