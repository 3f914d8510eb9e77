/** The HTTP service: health, tracking status and, later, the web application and API. */
package org.clausewatch.web;
