try {
  var p = JSON.parse(localStorage.getItem('cc:settings')),
    d = p && p.version ? p.data : p,
    t = typeof d == 'string' ? d : d && d.theme;
} catch {
  // Nothing saved, unreadable, or storage refused: follow the device.
}
document.documentElement.dataset.theme =
  t == 'light' || t == 'dark' ? t : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
