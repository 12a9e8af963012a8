/** The people of a plan: political and administrative pilots, referents, team members. */
package be.pst.core.person;
