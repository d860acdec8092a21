// Datalekken: small conveniences; every page works without them.
document.addEventListener("DOMContentLoaded", () => {
  // The melder's report form: the fields about an external ontdekker show only when ticked.
  const extern = document.getElementById("id_extern");
  const velden = document.querySelector("[data-extern-velden]");
  if (extern && velden) {
    const toon = () => velden.classList.toggle("d-none", !extern.checked);
    extern.addEventListener("change", toon);
    toon();
  }
});
