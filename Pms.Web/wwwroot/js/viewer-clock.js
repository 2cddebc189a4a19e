// Tells the server the zone of this browser's clock, so that times on a doctor's clock name their zone only when
// it is not the viewer's own. The next request (the live page's connection included) carries it.
document.cookie = `pms.time-zone=${encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone)}; path=/; max-age=31536000; samesite=lax`;
