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

  // The links with the register: a filter over a long list of activities. The list itself
  // (the activities of the chosen systems) comes from the server.
  const groep = document.getElementById("div_id_verwerkingsactiviteiten");
  const opties = groep ? Array.from(groep.querySelectorAll(".form-check")) : [];
  if (opties.length > 8) {
    const wrapper = document.createElement("div");
    wrapper.className = "mb-2";
    const label = document.createElement("label");
    label.className = "form-label small";
    label.htmlFor = "filter-verwerkingen";
    label.textContent = "Zoek in deze verwerkingen";
    const input = document.createElement("input");
    input.type = "search";
    input.id = "filter-verwerkingen";
    input.className = "form-control form-control-sm";
    input.setAttribute("aria-controls", "id_verwerkingsactiviteiten");
    const status = document.createElement("div");
    status.className = "form-text";
    status.setAttribute("aria-live", "polite");
    wrapper.append(label, input, status);
    const eerste = opties[0].parentElement;
    eerste.parentElement.insertBefore(wrapper, eerste);
    const koppen = Array.from(eerste.querySelectorAll("strong"));
    input.addEventListener("input", () => {
      const zoek = input.value.trim().toLowerCase();
      let zichtbaar = 0;
      for (const optie of opties) {
        const past = !zoek || optie.textContent.toLowerCase().includes(zoek)
          || optie.querySelector("input").checked;
        optie.classList.toggle("d-none", !past);
        if (past) zichtbaar += 1;
      }
      // A system's heading disappears when none of its activities is shown.
      for (const kop of koppen) {
        let volgende = kop.nextElementSibling;
        let iets = false;
        while (volgende && volgende.tagName !== "STRONG") {
          if (!volgende.classList.contains("d-none")) iets = true;
          volgende = volgende.nextElementSibling;
        }
        kop.classList.toggle("d-none", !iets);
      }
      status.textContent = zoek ? `${zichtbaar} van de ${opties.length} verwerkingen getoond` : "";
    });
  }
});
