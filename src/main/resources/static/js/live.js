// The live stream on reader pages (docs/live.md): a banner for breaking news (속보) on every page,
// and on the first page of a board list a "새 기사 N건" notice, both without reloading.
// Everything it needs comes from the address and the page itself, so a cached page works as well.
'use strict';

(() => {
    if (!('EventSource' in window)) {
        return;
    }
    const path = location.pathname;
    const params = new URLSearchParams(location.search);
    const sectionMatch = /^\/sections\/([a-z0-9][a-z0-9-]*)$/.exec(path);
    const firstPage = !params.has('page') || params.get('page') === '1';
    const board = (path === '/' || sectionMatch) && firstPage ? document.querySelector('.board') : null;
    // the newest number the list shows; published numbers above it are news to this reader
    const shown = board ? Math.max(0, ...Array.from(board.querySelectorAll('td.col-no'))
        .map((cell) => parseInt(cell.textContent, 10)).filter((n) => !Number.isNaN(n))) : 0;
    const fresh = new Set();
    const seen = new Set(); // ids already handled: a reconnect's replay may repeat one

    function connect() {
        const url = '/api/v1/stream' + (board && sectionMatch ? '?section=' + encodeURIComponent(sectionMatch[1]) : '');
        const source = new EventSource(url);
        source.addEventListener('open', () => {
            document.documentElement.dataset.live = 'open'; // for tests and styles: this page is live
        });
        source.addEventListener('breaking', (event) => once(event, showBreaking));
        source.addEventListener('article.published', (event) => once(event, (data) => {
            if (board && data.number > shown) {
                fresh.add(data.number);
                showFresh();
            }
        }));
        source.addEventListener('article.withdrawn', (event) => once(event, (data) => {
            if (fresh.delete(data.number)) {
                showFresh();
            }
        }));
        source.addEventListener('reload', () => {
            if (board) {
                showFresh(true);
            }
        });
        source.addEventListener('error', () => {
            // EventSource retries by itself after the server's retry: hint; it gives up only on a
            // refused request (say, a server going down), and then we try again much later, at random
            if (source.readyState === EventSource.CLOSED) {
                setTimeout(connect, 30000 + Math.random() * 60000);
            }
        });
    }

    function once(event, handle) {
        if (event.lastEventId && seen.has(event.lastEventId)) {
            return;
        }
        seen.add(event.lastEventId);
        try {
            handle(JSON.parse(event.data));
        } catch (ignored) {
            // a message this page does not understand is not worth breaking the page for
        }
    }

    function showBreaking(data) {
        if (!data.headline || !/^\/articles\/\d+$/.test(data.path)) {
            return;
        }
        let banner = document.getElementById('live-breaking');
        if (!banner) {
            banner = document.createElement('div');
            banner.id = 'live-breaking';
            banner.className = 'live-breaking';
            banner.setAttribute('role', 'alert');
            const inner = document.createElement('div');
            inner.className = 'wrap live-breaking-inner';
            const label = document.createElement('strong');
            label.className = 'live-label';
            label.textContent = '속보';
            const link = document.createElement('a');
            link.className = 'live-headline';
            const close = document.createElement('button');
            close.type = 'button';
            close.className = 'live-close';
            close.setAttribute('aria-label', '속보 닫기');
            close.textContent = '×';
            close.addEventListener('click', () => banner.remove());
            inner.append(label, link, close);
            banner.append(inner);
            document.body.prepend(banner);
        }
        const link = banner.querySelector('.live-headline');
        link.href = data.path;
        link.textContent = data.headline; // text, never markup
    }

    function showFresh(stale) {
        let notice = document.getElementById('live-fresh');
        if (fresh.size === 0 && !stale) {
            if (notice) {
                notice.remove();
            }
            return;
        }
        if (!notice) {
            notice = document.createElement('p');
            notice.id = 'live-fresh';
            notice.className = 'live-fresh';
            notice.setAttribute('role', 'status');
            const text = document.createElement('span');
            const reload = document.createElement('button');
            reload.type = 'button';
            reload.className = 'live-reload';
            reload.textContent = '새로 보기';
            reload.addEventListener('click', () => location.reload());
            notice.append(text, ' — ', reload);
            const head = board.querySelector('.board-head');
            (head || board.firstChild).after(notice);
        }
        notice.querySelector('span').textContent = fresh.size > 0
            ? '새 기사 ' + fresh.size + '건' : '목록이 바뀌었을 수 있습니다';
    }

    connect();
})();
