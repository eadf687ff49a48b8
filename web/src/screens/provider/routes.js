// The provider's pages: [path pattern, screen]. The first is their home.
// Finding work and forming partnerships come first; the bid workspace follows.
import { workspaceRoutes } from './workspace/routes.js';

const entryRoutes = [];

export const providerRoutes = [...entryRoutes, ...workspaceRoutes];
