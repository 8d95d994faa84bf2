/*
 * Cooperation Atlas × reveal.js: one clicker runs the whole talk (README, "HTML slide decks").
 *
 * Put the atlas in a slide as <iframe data-atlas data-src="…?embed=1&keys=host&origins=parent…"
 * data-preload>, and add data-atlas-story="<story id>" (empty: every event in date order) to
 * step through a story with the clicker: its steps become the slide's fragments, so PageDown
 * walks the story and then goes on to the next slide, PageUp comes back, the speaker view and
 * the URL (#/2/0/4) follow, and a slide reloaded by reveal.js gets its step back. The deck also
 * gets every key the atlas does not use (`atlas:key`), tells the atlas how much reveal.js scales
 * the slide (`pixelRatio`, so the map stays sharp) and logs what the atlas rejects.
 *
 * Load it after reveal.js; pass it as a plugin (Reveal.initialize({ plugins: [RevealAtlas] }))
 * or let it attach itself to the global Reveal once the page has loaded. No network, no build.
 */
(function () {
  'use strict';
  if (window.RevealAtlas) return;
  var deck = null;
  var frames = [];

  /** The atlas's origin, or '*' for a file:// atlas: it has none (Chrome still calls it "file://"). */
  function originOf(url) {
    try {
      var parsed = new URL(url, location.href);
      return /^https?:$/.test(parsed.protocol) ? parsed.origin : '*';
    } catch (e) {
      return '*';
    }
  }

  function send(frame, state) {
    var src = frame.iframe.getAttribute('src');
    if (!frame.ready || !src || !frame.iframe.contentWindow) return;
    frame.iframe.contentWindow.postMessage({ type: 'atlas:set', state: state }, originOf(src));
  }

  /** The story's steps past the first are the slide's fragments (hidden, no content). */
  function setTotal(frame, total) {
    if (frame.story === null || !(total > 0) || total === frame.total) return;
    frame.total = total;
    var marks = frame.slide.querySelectorAll('.atlas-step');
    for (var i = marks.length; i < total - 1; i++) {
      var mark = document.createElement('span');
      mark.className = 'fragment atlas-step';
      mark.setAttribute('aria-hidden', 'true');
      mark.style.position = 'absolute';
      frame.slide.appendChild(mark);
    }
    for (var j = total - 1; j < marks.length; j++) marks[j].remove();
    if (deck && deck.isReady()) deck.syncFragments(frame.slide);
  }

  function stepOf(frame) {
    return 1 + frame.slide.querySelectorAll('.atlas-step.visible').length;
  }

  function sync(frame) {
    if (!deck || !frame.ready) return;
    var state = {
      pixelRatio: Math.round(deck.getScale() * (window.devicePixelRatio || 1) * 100) / 100,
    };
    if (frame.story !== null) {
      state.story = frame.story || null;
      state.step = stepOf(frame);
    }
    state.pixelRatio = Math.min(4, Math.max(0.5, state.pixelRatio));
    var key = JSON.stringify(state);
    if (key !== frame.sent) send(frame, state);
    frame.sent = key;
  }

  function syncAll() {
    frames.forEach(sync);
    // A focused atlas on a slide that is gone would keep the clicker: the deck takes it back.
    var active = document.activeElement;
    if (active && active.tagName === 'IFRAME' && deck && !deck.getCurrentSlide().contains(active)) {
      active.blur();
    }
  }

  /** Handles a key the atlas handed over as if it had been pressed in the deck. */
  function replay(frame, data) {
    if (document.activeElement === frame.iframe) frame.iframe.blur();
    var event = new KeyboardEvent('keydown', {
      key: String(data.key),
      code: String(data.code),
      shiftKey: !!data.shiftKey,
      altKey: !!data.altKey,
      ctrlKey: !!data.ctrlKey,
      metaKey: !!data.metaKey,
      bubbles: true,
      cancelable: true,
    });
    // reveal.js reads the legacy keyCode, which a synthetic event cannot be given otherwise.
    Object.defineProperty(event, 'keyCode', { value: Number(data.keyCode) || 0 });
    Object.defineProperty(event, 'which', { value: Number(data.keyCode) || 0 });
    document.dispatchEvent(event);
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data.type !== 'string') return;
    frames.forEach(function (frame) {
      if (event.source !== frame.iframe.contentWindow) return;
      var expected = originOf(frame.iframe.getAttribute('src') || '');
      if (expected !== '*' && event.origin !== expected) return;
      if (data.type === 'atlas:ready') {
        frame.ready = true;
        frame.sent = '';
        setTotal(frame, data.total);
        sync(frame);
      } else if (data.type === 'atlas:step') setTotal(frame, data.total);
      else if (data.type === 'atlas:key') replay(frame, data);
      else if (data.type === 'atlas:rejected') console.warn('Cooperation Atlas: ' + data.message);
    });
  }

  function attach(reveal) {
    if (deck) return;
    deck = reveal;
    var found = deck.getSlidesElement().querySelectorAll('iframe[data-atlas]');
    frames = Array.prototype.map.call(found, function (iframe) {
      var frame = {
        iframe: iframe,
        slide: iframe.closest('section'),
        story: iframe.hasAttribute('data-atlas-story')
          ? iframe.getAttribute('data-atlas-story')
          : null,
        total: 0,
        ready: false,
        sent: '',
      };
      // reveal.js loads and unloads lazy iframes: until the atlas says it is ready again, wait.
      new MutationObserver(function () {
        frame.ready = false;
      }).observe(iframe, { attributes: true, attributeFilter: ['src'] });
      setTotal(frame, Number(iframe.getAttribute('data-atlas-steps')));
      return frame;
    });
    window.addEventListener('message', onMessage);
    ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden', 'resize'].forEach(function (name) {
      deck.on(name, syncAll);
    });
  }

  window.RevealAtlas = { id: 'atlas', init: attach };
  function attachToGlobal() {
    var global = window.Reveal;
    if (deck || !global || typeof global.on !== 'function') return;
    if (global.isReady()) attach(global);
    else
      global.on('ready', function () {
        attach(global);
        syncAll();
      });
  }
  if (document.readyState === 'complete') attachToGlobal();
  else window.addEventListener('load', attachToGlobal);
})();
