namespace Orleans.AsyncHop.WebFront.Documents;

/// <summary>The style sheet and the refresh script every status page carries inline (no extra requests).</summary>
internal static class HtmlAssets
{
    public const string Styles = """
        :root{--fg:#1f2328;--muted:#656d76;--line:#d0d7de;--soft:#f6f8fa;--blue:#0969da;--green:#1a7f37;--red:#cf222e;--amber:#9a6700;--grey:#6e7781}
        *{box-sizing:border-box}
        body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:#fff}
        .bar{display:flex;align-items:center;justify-content:space-between;padding:.6rem 1.5rem;background:#24292f;color:#fff}
        .bar a.brand{color:#fff;font-weight:600;text-decoration:none;font-size:15px}
        .updated{color:#d0d7de;font-size:12px}
        main{padding:1.2rem 1.5rem 2rem;max-width:1400px}
        h1{font-size:22px;margin:.1rem 0 .2rem}
        h2{font-size:16px;margin:1.6rem 0 .5rem;display:flex;align-items:center;gap:.6rem}
        .kicker{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
        .sub{color:var(--muted);margin-bottom:.8rem}
        .sub code{background:var(--soft);padding:.05rem .3rem;border-radius:4px}
        .facts{display:flex;flex-wrap:wrap;gap:.6rem;margin:.6rem 0}
        .fact{border:1px solid var(--line);border-radius:8px;padding:.45rem .8rem;min-width:9rem;background:var(--soft)}
        .fact .label{color:var(--muted);font-size:12px}
        .fact .value{font-size:15px;font-weight:600;font-variant-numeric:tabular-nums}
        .badge{display:inline-block;padding:.12rem .55rem;border-radius:999px;font-size:12px;font-weight:600;color:#fff;background:var(--grey);white-space:nowrap}
        .badge.running{background:var(--blue)}.badge.finished{background:var(--green)}.badge.failed{background:var(--red)}
        .badge.stopped,.badge.halting{background:var(--amber)}.badge.waiting{background:var(--grey)}
        .badge.big{font-size:14px;padding:.2rem .8rem}
        .running .dot{display:inline-block;width:.5rem;height:.5rem;border-radius:50%;background:#fff;margin-right:.35rem;animation:pulse 1.2s infinite}
        @keyframes pulse{0%{opacity:1}50%{opacity:.3}100%{opacity:1}}
        .error{border:1px solid #ffcecb;background:#ffebe9;color:#82071e;border-radius:8px;padding:.6rem .8rem;margin:.6rem 0;white-space:pre-wrap}
        .links a{margin-right:.8rem}
        a{color:var(--blue)}
        table{border-collapse:collapse;width:100%;margin:.2rem 0 .4rem}
        th,td{padding:.35rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
        th{background:var(--soft);font-weight:600;font-size:12px;color:var(--muted);white-space:nowrap}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        tr:hover td{background:#fafbfc}
        .table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:8px}
        .table-wrap table{margin:0}.table-wrap tr:last-child td{border-bottom:none}
        .empty{color:var(--muted);font-style:italic;padding:.5rem 0}
        .note{color:var(--amber);margin:.2rem 0 .4rem}
        pre.log{margin:0;background:#0d1117;color:#e6edf3;border-radius:8px;padding:.8rem 1rem;max-height:28rem;overflow:auto;font:12px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre}
        .muted{color:var(--muted)}
        """;

    /// <summary>
    /// Fetches the page again while its "live" element marks the run as going on and swaps that element in place,
    /// keeping the log scrolled to the end when the reader had it there.
    /// </summary>
    public const string RefreshScript = """
        (function () {
          var period = {SECONDS};
          var stamp = document.getElementById('updated');
          function mark(text) { if (stamp) { stamp.textContent = text; } }
          function log() { return document.getElementById('workflowlog'); }
          function atEnd(element) { return !element || element.scrollHeight - element.scrollTop - element.clientHeight < 24; }
          function stick(atBottom) { var element = log(); if (element && atBottom) { element.scrollTop = element.scrollHeight; } }
          function time() { return new Date().toLocaleTimeString(); }
          stick(true);
          var live = document.getElementById('live');
          if (!live || live.dataset.live !== 'true') { mark('Loaded ' + time()); return; }
          mark('Live, refreshing every ' + period / 1000 + ' s');
          function refresh() {
            fetch(location.href, { cache: 'no-store', credentials: 'same-origin' })
              .then(function (response) {
                if (!response.ok) { throw new Error('HTTP ' + response.status); }
                return response.text();
              })
              .then(function (html) {
                var fetched = new DOMParser().parseFromString(html, 'text/html');
                var next = fetched.getElementById('live');
                var current = document.getElementById('live');
                if (!next || !current) { return; }
                var atBottom = atEnd(log());
                current.replaceWith(next);
                document.title = fetched.title;
                stick(atBottom);
                if (next.dataset.live === 'true') {
                  mark('Live, updated ' + time());
                  setTimeout(refresh, period);
                } else {
                  mark('Run over, updated ' + time());
                }
              })
              .catch(function (error) {
                mark('Refresh failed (' + error.message + '), retrying');
                setTimeout(refresh, period * 2);
              });
          }
          setTimeout(refresh, period);
        })();
        """;
}
