/**
 * Identity: users, departments, roles and personal API tokens, and who is making the current
 * request. Authentication (form login, HTTP basic, bearer API tokens, optional OpenID Connect) is
 * configured here; authorisation by scope (whose project is it?) belongs to the feature that owns
 * the data, using {@link org.sextant.identity.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.sextant.identity;
