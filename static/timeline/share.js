// "Copy link" buttons: copy the address bar as it is now, since the view may have changed
// (zoom, filters, selection) since the page loaded. Without JavaScript the buttons stay hidden
// and the address bar is the link.
(function () {
  "use strict";

  function say(button, text) {
    const status = button.parentElement.querySelector(".copy-status");
    if (status) {
      status.textContent = text;
    }
  }

  function copy(event) {
    const button = event.currentTarget;
    const url = window.location.href;
    button.dataset.copiedUrl = url;
    // The clipboard API exists only on secure origins (https, localhost).
    if (!navigator.clipboard) {
      say(button, "Copy this link: " + url);
      return;
    }
    navigator.clipboard.writeText(url).then(
      function () {
        say(button, "Link copied");
      },
      function () {
        say(button, "Copy this link: " + url);
      }
    );
  }

  document.querySelectorAll("[data-copy-link]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", copy);
  });
})();
