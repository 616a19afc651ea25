// Placeholder until the extension lands (issue 3).
export default defineBackground(() => {});
