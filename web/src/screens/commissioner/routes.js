// The commissioner's pages: [path pattern, screen]. The first is their home.
export const commissionerRoutes = [];
