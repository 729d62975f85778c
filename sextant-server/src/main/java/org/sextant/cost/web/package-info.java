/** Pages of the cost feature: the project's Costs page and a resource's cost rates page. */
package org.sextant.cost.web;
