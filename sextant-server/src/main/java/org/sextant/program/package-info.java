/**
 * Programs: related projects coordinated by a program manager inside a portfolio. Later issues add
 * program benefits and their realisation, program risks and roll-ups here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Program")
package org.sextant.program;
