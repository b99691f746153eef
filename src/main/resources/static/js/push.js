// The "알림 받기" button: registers the service worker, asks for permission and subscribes this
// browser to Web Push with the site's VAPID key and the reader's choice of news (docs/push.md).
'use strict';

(() => {
    const box = document.querySelector('[data-push]');
    if (!box || !('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
        return; // the button stays hidden where push cannot work (old browsers, iOS outside the home screen)
    }
    const toggle = box.querySelector('.push-toggle');
    const label = box.querySelector('.push-label');
    const panel = box.querySelector('.push-panel');
    const status = box.querySelector('.push-status');
    const off = box.querySelector('.push-off');
    const on = box.querySelector('.push-on');
    const API = '/api/v1/push';
    box.hidden = false;

    const say = (text) => { status.textContent = text; };

    const registration = () => navigator.serviceWorker.register('/sw.js').then(() => navigator.serviceWorker.ready);

    const keyBytes = (base64url) => {
        const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
        const raw = atob(base64 + '='.repeat((4 - base64.length % 4) % 4));
        return Uint8Array.from(raw, (c) => c.charCodeAt(0));
    };

    const chosenTopics = () => {
        const choice = panel.querySelector('input[name="push-topic"]:checked').value;
        if (choice === 'all') {
            return { all: true };
        }
        if (choice === 'breaking') {
            return { breaking: true };
        }
        const sections = [...panel.querySelectorAll('input[name="push-section"]:checked')].map((input) => input.value);
        return sections.length ? { sections } : null;
    };

    const showState = (subscribed) => {
        label.textContent = subscribed ? '알림 설정' : '알림 받기';
        off.hidden = !subscribed;
        on.textContent = subscribed ? '바꾸기' : '알림 켜기';
    };

    const problem = async (response) => {
        try {
            const body = await response.json();
            return body.detail || body.title;
        } catch (notJson) {
            return null;
        }
    };

    toggle.addEventListener('click', () => {
        panel.hidden = !panel.hidden;
        toggle.setAttribute('aria-expanded', String(!panel.hidden));
    });

    panel.addEventListener('submit', async (event) => {
        event.preventDefault();
        const topics = chosenTopics();
        if (!topics) {
            say('섹션을 하나 이상 골라 주세요.');
            return;
        }
        on.disabled = true;
        try {
            const permission = await Notification.requestPermission();
            if (permission !== 'granted') {
                say('브라우저 설정에서 이 사이트의 알림을 허용해야 받을 수 있습니다.');
                return;
            }
            const keyResponse = await fetch(`${API}/vapid-public-key`, { headers: { Accept: 'application/json' } });
            const { publicKey } = await keyResponse.json();
            const reg = await registration();
            let subscription = await reg.pushManager.getSubscription();
            if (!subscription) {
                subscription = await reg.pushManager.subscribe({
                    userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
            }
            const json = subscription.toJSON();
            const response = await fetch(`${API}/subscriptions`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Accept: 'application/problem+json, application/json' },
                body: JSON.stringify({ endpoint: json.endpoint, keys: json.keys, topics }),
            });
            if (!response.ok) {
                say((await problem(response)) || '구독을 저장하지 못했습니다. 잠시 뒤 다시 해 주세요.');
                return;
            }
            showState(true);
            say('알림을 켰습니다. 새 기사가 나오면 바로 알려 드립니다.');
        } catch (error) {
            say('이 브라우저에서 알림을 켜지 못했습니다.');
        } finally {
            on.disabled = false;
        }
    });

    off.addEventListener('click', async () => {
        try {
            const reg = await registration();
            const subscription = await reg.pushManager.getSubscription();
            if (subscription) {
                await fetch(`${API}/subscriptions?endpoint=${encodeURIComponent(subscription.endpoint)}`,
                    { method: 'DELETE' });
                await subscription.unsubscribe();
            }
            showState(false);
            say('알림을 껐습니다.');
        } catch (error) {
            say('알림을 끄지 못했습니다.');
        }
    });

    navigator.serviceWorker.getRegistration('/')
        .then((reg) => (reg ? reg.pushManager.getSubscription() : null))
        .then((subscription) => showState(Boolean(subscription)))
        .catch(() => showState(false));
})();
