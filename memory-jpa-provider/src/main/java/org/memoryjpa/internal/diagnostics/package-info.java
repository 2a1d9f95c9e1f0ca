/**
 * Error message shapes shared by every layer: what failed, the subject in quotes, where, why, the fix.
 * Imports nothing internal.
 */
package org.memoryjpa.internal.diagnostics;
