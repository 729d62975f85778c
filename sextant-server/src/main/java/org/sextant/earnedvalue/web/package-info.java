/** The earned value pages of a project, a program and a portfolio. */
package org.sextant.earnedvalue.web;
