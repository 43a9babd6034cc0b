// A citation's popover opens without JavaScript; this only closes it when its "Reference N in the list" link is
// followed, so it does not stay open over the list, and unfolds the list in browsers that do not do so for a link.
document.addEventListener('click', event => {
    const link = event.target.closest('.cite-popover a[href^="#"]');
    if (!link) {
        return;
    }

    document.getElementById(decodeURIComponent(link.hash.slice(1)))?.closest('details:not([open])')?.setAttribute('open', '');
    link.closest('[popover]').hidePopover();
});
