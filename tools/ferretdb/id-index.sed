s|IDColumn = DefaultColumn + "->'\$\._id'"|IDColumn = DefaultColumn + `->"_id"`|
