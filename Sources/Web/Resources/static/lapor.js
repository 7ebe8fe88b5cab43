// Public report pages. Everything works without this file; with it:
// - "quick exit" replaces this page in the history, so Back does not return here;
// - a proof-of-work challenge is solved in the background instead of asking a sum.
(function () {
  var exit = document.getElementById('quick-exit');
  if (exit) {
    exit.addEventListener('click', function (e) { e.preventDefault(); window.location.replace(exit.href); });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { window.location.replace(exit.href); } });
  }
  var proof = document.getElementById('proof');
  var form = document.getElementById('report-form');
  if (!proof || !form || !window.crypto || !window.crypto.subtle || !window.TextEncoder) { return; }
  var bits = parseInt(proof.getAttribute('data-bits'), 10);
  var token = form.querySelector('input[name=challenge]').value;
  var status = document.getElementById('challenge-status');
  var enc = new TextEncoder();
  function zeroBits(buf) {
    var b = new Uint8Array(buf), n = 0;
    for (var i = 0; i < b.length; i++) {
      if (b[i] === 0) { n += 8; continue; }
      n += Math.clz32(b[i]) - 24; break;
    }
    return n;
  }
  var n = 0;
  function step() {
    var batch = [];
    for (var i = 0; i < 256; i++, n++) { batch.push(crypto.subtle.digest('SHA-256', enc.encode(token + ':' + n))); }
    Promise.all(batch).then(function (hashes) {
      for (var j = 0; j < hashes.length; j++) {
        if (zeroBits(hashes[j]) >= bits) {
          proof.value = String(n - hashes.length + j);
          if (status) { status.textContent = status.getAttribute('data-done') || 'OK'; }
          var answer = document.getElementById('f-answer');
          if (answer) { answer.closest('.field').hidden = true; }
          return;
        }
      }
      setTimeout(step, 0);
    });
  }
  step();
})();
