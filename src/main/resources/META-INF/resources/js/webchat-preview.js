// Web Chat tab: the preview follows the color and font inputs as the admin types; the master switch greys out the
// rest of the form; text that fails WCAG AA contrast is named at once. No build step, no dependencies.
(function () {
  var preview = document.getElementById('preview');
  var form = document.getElementById('webchat-form');
  if (!preview || !form) { return; }
  var vars = { primary: '--primary', secondary: '--secondary', background: '--background', text: '--text',
    header: '--header', customerBubble: '--customer', agentBubble: '--agent' };
  var hex = /^#[0-9a-fA-F]{6}$/;

  function luminance(h) {
    var n = parseInt(h.slice(1), 16);
    return [n >> 16 & 255, n >> 8 & 255, n & 255].map(function (c) {
      var s = c / 255; return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }).reduce(function (acc, v, i) { return acc + v * [0.2126, 0.7152, 0.0722][i]; }, 0);
  }
  function ratio(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  function value(name) { var el = form.querySelector('[data-color="' + name + '"]'); return el ? el.value.trim() : ''; }

  function update() {
    Object.keys(vars).forEach(function (name) {
      var v = value(name);
      if (hex.test(v)) { preview.style.setProperty(vars[name], v); }
    });
    var font = form.querySelector('[name=font]');
    if (font) { preview.style.setProperty('--font', font.value); }
    var pairs = [['Text', value('text'), 'background', value('background')],
      ['Text', value('text'), 'agent bubble', value('agentBubble')],
      ['White text', '#ffffff', 'customer bubble', value('customerBubble')],
      ['White text', '#ffffff', 'primary', value('primary')]];
    var warnings = pairs.filter(function (p) { return hex.test(p[1]) && hex.test(p[3]) && ratio(p[1], p[3]) < 4.5; })
      .map(function (p) { return p[0] + ' on the ' + p[2] + ' color: ' + ratio(p[1], p[3]).toFixed(1) + ':1 (AA asks for 4.5:1)'; });
    var live = document.getElementById('contrast-live');
    if (live) { live.textContent = warnings.length ? 'Contrast: ' + warnings.join('; ') + '.' : ''; }
  }

  var enabled = document.getElementById('f-enabled');
  var rest = document.getElementById('webchat-rest');
  if (enabled && rest && !enabled.disabled) {
    enabled.addEventListener('change', function () { rest.disabled = !enabled.checked; });
  }
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
}());
