/**
 * The project's single Immutables style ({@link be.pst.core.style.PstStyle}), shared by every
 * module so that all pst value types look and behave alike.
 */
package be.pst.core.style;
