"""The child's own page: a full-screen window for one child, in large friendly type, that
shows nothing of the carer's records; leaving it needs the carer's passphrase."""
