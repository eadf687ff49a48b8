// The collaborative bid workspace's pages: [path pattern, screen].
export const workspaceRoutes = [];
