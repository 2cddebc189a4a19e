// Watches for keyboard, pointer and scroll activity; tells the server about it now and then, and
// asks it to sign the user out once nothing happened for the idle timeout.
const activityEvents = ['keydown', 'pointerdown', 'pointermove', 'scroll', 'touchstart'];

export function watch(dotNet, idleTimeoutMs, reportEveryMs) {
    let lastActivity = Date.now();
    let lastReport = lastActivity;
    const onActivity = () => {
        lastActivity = Date.now();
        if (lastActivity - lastReport > reportEveryMs) {
            lastReport = lastActivity;
            dotNet.invokeMethodAsync('ReportActivity');
        }
    };
    activityEvents.forEach(name => window.addEventListener(name, onActivity, { passive: true }));
    const timer = setInterval(() => {
        if (Date.now() - lastActivity > idleTimeoutMs) {
            clearInterval(timer);
            dotNet.invokeMethodAsync('SignOutIdle');
        }
    }, 1000);
    return {
        stop: () => {
            clearInterval(timer);
            activityEvents.forEach(name => window.removeEventListener(name, onActivity));
        }
    };
}
