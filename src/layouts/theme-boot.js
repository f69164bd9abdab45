try {
  var t = JSON.parse(localStorage.getItem('cc:settings')).data.theme;
  if (t == 'light' || t == 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
