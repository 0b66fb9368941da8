// The demo customer site: reads the public web chat config like the real client, then draws the chat button (when
// the chat is on and available) and the welcome form, and submits the form to the app, which checks it.
(function () {
  var root = document.getElementById('demo');
  if (!root) { return; }
  var base = '/api/v1/webchat/' + encodeURIComponent(root.dataset.tenant) + '/' + encodeURIComponent(root.dataset.contactPoint);
  var state = document.getElementById('demo-state');
  var chat = document.getElementById('demo-chat');
  var win = document.getElementById('demo-window');
  var form = document.getElementById('demo-form');
  var button = document.getElementById('demo-button');

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) { e.textContent = text; }
    return e;
  }

  function draw(config) {
    var c = config.colors || {};
    chat.style.setProperty('--primary', c.primary);
    chat.style.setProperty('--secondary', c.secondary);
    chat.style.setProperty('--background', c.background);
    chat.style.setProperty('--text', c.text);
    chat.style.setProperty('--header', c.header);
    chat.style.fontFamily = (config.font || 'System') + ', system-ui, sans-serif';
    if (!config.enabled || !config.status.available) {
      state.textContent = 'No chat button: ' + config.status.reason + '.';
      chat.hidden = true;
      return;
    }
    state.textContent = 'The chat is available.';
    chat.hidden = false;
    var welcome = config.welcomeForm || { fields: [] };
    document.getElementById('demo-header').textContent = welcome.headerText || 'Chat';
    (welcome.fields || []).forEach(function (f) {
      var id = 'w-' + f.id;
      var wrap = el('div', { 'class': 'field', 'data-field': f.id });
      wrap.appendChild(el('label', { 'for': id }, f.label + (f.required ? ' *' : '')));
      var input;
      if (f.type === 'textarea') {
        input = el('textarea', { id: id, name: f.id, rows: '2' });
      } else if (f.type === 'select') {
        input = el('select', { id: id, name: f.id });
        input.appendChild(el('option', { value: '' }, '—'));
        (f.options || []).forEach(function (o) { input.appendChild(el('option', { value: o }, o)); });
      } else {
        input = el('input', { id: id, name: f.id, type: f.type === 'number' ? 'text' : f.type });
      }
      wrap.appendChild(input);
      wrap.appendChild(el('p', { 'class': 'error', id: 'e-' + f.id }));
      form.appendChild(wrap);
    });
    form.appendChild(el('button', { type: 'submit' }, 'Start chat'));
  }

  button.addEventListener('click', function () { win.hidden = !win.hidden; });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (e) { if (e.name) { fields[e.name] = e.value; } });
    form.querySelectorAll('.error').forEach(function (p) { p.textContent = ''; });
    fetch(base + '/welcome', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fields: fields }) })
      .then(function (r) {
        if (r.status === 204) { state.textContent = 'Welcome form accepted: an agent will be with you shortly.'; return null; }
        return r.json().then(function (body) {
          (body.details || []).forEach(function (d) {
            var i = d.indexOf(': ');
            var target = document.getElementById('e-' + d.slice(0, i));
            if (target) { target.textContent = d.slice(i + 2); }
          });
          state.textContent = body.error || 'The form was refused.';
        });
      });
  });

  fetch(base + '/config').then(function (r) {
    return r.json().then(function (body) {
      if (!r.ok) { state.textContent = 'No chat: ' + (body.error || r.status); return; }
      draw(body);
    });
  }).catch(function (e) { state.textContent = 'The chat configuration could not be loaded: ' + e; });
}());
