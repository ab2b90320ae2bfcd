// Saved cases with their styles: both load once storage opens (App.tsx), not in the first load.
import './cases.css';
export { Cases } from './Cases';
