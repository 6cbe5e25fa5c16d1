/* Progressive enhancement of plain server-rendered forms. Every page works without this file. */
(function () {
  "use strict";

  /* Focus the first field a refused form marked invalid, so the reader lands on the message. */
  function focusFirstInvalid() {
    var invalid = document.querySelector("main [aria-invalid=true], main .js-focus-on-load");
    if (invalid) { invalid.focus(); }
  }

  /* "Select all" checkboxes: data-select-all="name" ticks every checkbox of that name in its form. */
  function selectAll() {
    document.querySelectorAll("[data-select-all]").forEach(function (box) {
      var form = box.form || box.closest("form") || document;
      var name = box.getAttribute("data-select-all");
      var boxes = function () {
        return Array.prototype.slice.call(document.querySelectorAll('input[type=checkbox][name="' + name + '"]'));
      };
      var wrapper = box.closest("[hidden]");
      if (wrapper) { wrapper.hidden = false; }
      box.addEventListener("change", function () {
        boxes().forEach(function (b) { b.checked = box.checked; });
      });
      document.addEventListener("change", function (ev) {
        if (ev.target.name !== name) { return; }
        var all = boxes();
        var ticked = all.filter(function (b) { return b.checked; }).length;
        box.checked = ticked === all.length && all.length > 0;
        box.indeterminate = ticked > 0 && ticked < all.length;
      });
      void form;
    });
  }

  /* GET forms drop their empty fields, so a shared URL holds only the filters in use. */
  function cleanGetForms() {
    document.querySelectorAll("form[method=get][data-drop-empty]").forEach(function (form) {
      form.addEventListener("submit", function () {
        Array.prototype.forEach.call(form.elements, function (el) {
          if (el.name && !el.disabled && (el.type !== "checkbox" && el.type !== "radio") && el.value === "") {
            el.disabled = true;
          }
        });
      });
    });
  }

  /* The menu button of narrow screens opens and closes the collapsed navigation. */
  function navToggle() {
    document.querySelectorAll("[data-toggle-nav]").forEach(function (button) {
      var target = document.getElementById(button.getAttribute("aria-controls"));
      button.addEventListener("click", function () {
        var open = target.classList.toggle("show");
        button.setAttribute("aria-expanded", open ? "true" : "false");
      });
    });
  }

  /* Stacked tables name each cell by its column; cells the template did not label get it here. */
  function labelCells() {
    document.querySelectorAll("table.table-stack").forEach(function (table) {
      var heads = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
          if (!cell.hasAttribute("data-label") && heads[i] && cell.colSpan === 1) {
            cell.setAttribute("data-label", heads[i]);
          }
        });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    labelCells();
    navToggle();
    focusFirstInvalid();
    selectAll();
    cleanGetForms();
  });
})();
