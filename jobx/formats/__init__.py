"""Output formats beyond JSON and the pretty view. Each renderer reads Posting.to_dict() records only."""
