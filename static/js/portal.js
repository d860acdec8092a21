// Behaviour that needs JavaScript lives here, never inline (the Content-Security-Policy
// forbids inline scripts).
document.addEventListener("DOMContentLoaded", () => {
  // <button data-print> opens the browser's print dialog.
  document.querySelectorAll("[data-print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
  });
  // <form data-confirm="vraag"> asks for confirmation before it is submitted.
  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
});
