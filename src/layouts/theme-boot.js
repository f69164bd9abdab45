var s = document.documentElement.dataset,
  m = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
try {
  var p = JSON.parse(localStorage.getItem('cc:settings')),
    d = p && p.version ? p.data : p,
    t = typeof d == 'string' ? d : d && d.theme;
  s.theme = t == 'light' || t == 'dark' ? t : m;
} catch {
  s.theme = m;
}
