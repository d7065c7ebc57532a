// Needs form: show only the chosen province's cities in the city list. Without JavaScript the list
// holds every city grouped by province, and the server checks that the city lies in the province.
(function () {
  "use strict";
  var province = document.getElementById("id_province");
  var city = document.getElementById("id_prefecture");
  if (!province || !city) return;
  var groups = Array.prototype.map.call(city.querySelectorAll("optgroup"), function (group) {
    return { label: group.label, options: Array.prototype.slice.call(group.children) };
  });
  var empty = city.querySelector("option[value='']");
  function refresh() {
    var chosen = province.options[province.selectedIndex];
    var name = chosen && chosen.value ? chosen.text : null;
    var keep = city.value;
    city.textContent = "";
    if (empty) city.appendChild(empty);
    groups.forEach(function (group) {
      if (group.label !== name) return;
      group.options.forEach(function (option) { city.appendChild(option); });
    });
    city.value = keep;
    if (city.value !== keep) city.value = "";
    city.disabled = !name || city.options.length < 2;
  }
  province.addEventListener("change", refresh);
  refresh();
})();
