/// <reference types="vite-plugin-pwa/client" />
declare const __APP_BUILD__: string;
