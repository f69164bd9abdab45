// Runs before the first paint: applies a saved light or dark theme so the page does not
// flash the other palette. It only reads the settings store's saved value (key and
// envelope owned by src/stores/settings.ts); the store does all writing.
(function () {
  try {
    var raw = window.localStorage.getItem('cc:settings');
    var theme = raw && JSON.parse(raw).data.theme;
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch (error) {
    // Storage unavailable or unreadable: the system's choice applies.
  }
})();
