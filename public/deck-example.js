// The example deck's setup (README, "HTML slide decks"). `?atlas=<URL of the atlas>` points the
// slides at another atlas (default: this server's, or atlas.html next to a file:// deck);
// `?lang=en` shows the atlas in English.
(function () {
  var params = new URLSearchParams(location.search);
  var atlas = params.get('atlas') || (location.protocol === 'file:' ? 'atlas.html' : './');
  var lang = params.get('lang') === 'en' ? 'en' : 'zh';
  document.querySelectorAll('iframe[data-atlas-view]').forEach(function (iframe) {
    var src = new URL(atlas, location.href);
    // keys=host: the deck steps and gets the keys; origins=parent: this page may drive it,
    // whatever its origin (a file:// deck has none).
    src.search =
      'embed=1&keys=host&origins=parent&lang=' +
      lang +
      '&' +
      iframe.getAttribute('data-atlas-view');
    // data-src + data-preload: reveal.js loads the atlas a few slides ahead (viewDistance).
    iframe.setAttribute('data-src', src.href);
  });

  Reveal.initialize({
    width: 1000,
    height: 562,
    margin: 0,
    center: false,
    hash: true,
    // Every slide and step is a history entry of the deck: Back goes back in the talk.
    history: true,
    transition: 'fade',
    slideNumber: 'c/t',
    plugins: [window.RevealAtlas],
  });
})();
