/**
 * Projects: the unit a project manager plans and delivers, with its charter fields (objective,
 * statement of work, client, sponsor), lifecycle phase, budget and stakeholders. Also the rules of
 * who may see and change a project ({@link org.sextant.project.ProjectAccess}), which every feature
 * holding project data applies. Features that keep data per project plug in through
 * {@link org.sextant.project.ProjectContent} and {@link org.sextant.project.ProjectMembership}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Project")
package org.sextant.project;
