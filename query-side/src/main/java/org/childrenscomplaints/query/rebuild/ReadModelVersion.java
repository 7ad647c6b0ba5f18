package org.childrenscomplaints.query.rebuild;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The version of its projection a read model was last built by ({@link org.childrenscomplaints.query.ReadModelProjection#version()}). */
@Document("read_model_versions")
record ReadModelVersion(@Id String readModel, int version) {
}
