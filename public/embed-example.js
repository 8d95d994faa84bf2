// The host side of the atlas's postMessage API (see the README, "Embedding").
(function () {
  var params = new URLSearchParams(location.search);
  var atlas = new URL(params.get('atlas') || './', location.href);
  var src = new URL(atlas.href);
  src.searchParams.set('embed', '1');
  if (params.get('allow') !== '0' && location.origin !== 'null') {
    src.searchParams.set('origins', location.origin);
  }
  var frame = document.getElementById('atlas');
  var log = document.getElementById('log');
  frame.src = src.href;

  function note(text) {
    var item = document.createElement('li');
    item.textContent = text;
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  window.addEventListener('message', function (event) {
    // Only listen to the atlas frame; everything it sends is public data.
    if (event.source !== frame.contentWindow || event.origin !== atlas.origin) return;
    var data = event.data || {};
    if (data.type === 'atlas:ready') note('atlas:ready ' + JSON.stringify(data.state));
    else if (data.type === 'atlas:select') {
      var names = (data.regions || []).map(function (r) {
        return r.zh + ' (' + r.en + ')';
      });
      note('atlas:select ' + (data.region || data.pair || 'nothing') + ' ' + names.join(' — '));
    } else if (data.type === 'atlas:resize') note('atlas:resize ' + data.height + 'px');
    else if (data.type === 'atlas:step') note('atlas:step ' + data.step + '/' + data.total);
    else if (data.type === 'atlas:rejected')
      note('atlas:rejected ' + data.reason + ': ' + data.message);
  });

  document.querySelectorAll('button[data-set]').forEach(function (button) {
    button.addEventListener('click', function () {
      var state = JSON.parse(button.getAttribute('data-set'));
      frame.contentWindow.postMessage({ type: 'atlas:set', state: state }, atlas.origin);
      note('sent atlas:set ' + JSON.stringify(state));
    });
  });
})();
