// The provider's pages: [path pattern, screen]. The first is their home.
export const providerRoutes = [];
