/**
 * jborrow beside the annotation processors many builds already run: Lombok ({@code @Cleanup},
 * {@code @Builder}, {@code @Value}), MapStruct and AutoValue, in one compilation. jborrow checks
 * what javac analyses, so it sees Lombok's expansions and the processors' generated classes;
 * nothing here may be reported, and nothing is reported twice when something is wrong
 * (.ci/maven-it.sh checks that in a user's project).
 */
package dev.jborrow.samples.interop;
