document.getElementById('app')!.textContent = 'WPS Lens';
