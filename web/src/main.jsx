import './styles/fonts.css';
import '@scottish-government/design-system/dist/css/design-system.min.css';
import './styles/app.css';
import { render } from 'preact';
import { App } from './App.jsx';
import { applyEasyRead } from './settings.js';

applyEasyRead();
render(<App />, document.getElementById('app'));
